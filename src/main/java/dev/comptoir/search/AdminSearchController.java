package dev.comptoir.search;

import dev.comptoir.shared.error.NotFoundException;
import dev.comptoir.shared.openapi.ApiHeader;
import dev.comptoir.shared.openapi.ApiHeaders;
import dev.comptoir.shared.openapi.ErrorCodes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/search/reindex}: rebuilds the product index in the background and answers
 * 202 with the job; {@code GET .../reindex/{jobId}} follows it (running, completed, failed).
 */
@RestController
@PreAuthorize("hasAuthority('catalog:write')")
@Tag(name = "Search")
class AdminSearchController {

    private final SearchReindexer reindexer;

    AdminSearchController(SearchReindexer reindexer) {
        this.reindexer = reindexer;
    }

    @ApiHeaders(ApiHeader.LOCATION)
    @Operation(operationId = "startSearchReindex", summary = "Rebuild the search index",
            description = "Starts rebuilding the product search index from the database in the background (or returns "
            + "the job already running); follow it at the Location. Needs catalog:write.")
    @ApiResponse(responseCode = "202", description = "The reindex job", useReturnTypeSchema = true)
    @PostMapping("/api/admin/search/reindex")
    ResponseEntity<SearchReindexer.Job> reindex() {
        SearchReindexer.Job job = reindexer.start();
        return ResponseEntity.accepted().location(URI.create("/api/admin/search/reindex/" + job.id())).body(job);
    }

    @Operation(operationId = "getSearchReindex", summary = "A reindex job",
            description = "The state of a reindex job, with the products indexed so far and the error if it failed. "
            + "Needs catalog:write.")
    @ErrorCodes(status = HttpStatus.NOT_FOUND, value = "not_found")
    @GetMapping("/api/admin/search/reindex/{jobId}")
    SearchReindexer.Job job(@PathVariable UUID jobId) {
        SearchReindexer.Job job = reindexer.find(jobId);
        if (job == null) {
            throw new NotFoundException("not_found", "No such reindex job");
        }
        return job;
    }
}
