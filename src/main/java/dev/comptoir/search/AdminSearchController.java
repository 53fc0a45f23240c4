package dev.comptoir.search;

import dev.comptoir.shared.error.NotFoundException;
import java.net.URI;
import java.util.UUID;
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
class AdminSearchController {

    private final SearchReindexer reindexer;

    AdminSearchController(SearchReindexer reindexer) {
        this.reindexer = reindexer;
    }

    @PostMapping("/api/admin/search/reindex")
    ResponseEntity<SearchReindexer.Job> reindex() {
        SearchReindexer.Job job = reindexer.start();
        return ResponseEntity.accepted().location(URI.create("/api/admin/search/reindex/" + job.id())).body(job);
    }

    @GetMapping("/api/admin/search/reindex/{jobId}")
    SearchReindexer.Job job(@PathVariable UUID jobId) {
        SearchReindexer.Job job = reindexer.find(jobId);
        if (job == null) {
            throw new NotFoundException("not_found", "No such reindex job");
        }
        return job;
    }
}
