package dev.comptoir.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A stock location as staff send it: POST needs {@code code}; PUT takes it from the path ({@code code}
 * may be left out). {@code priority} (default 0: lower goes first at checkout) and {@code active}
 * (default true: an inactive location keeps its stock but sells nothing) are optional.
 */
record LocationRequest(
        @Size(max = 32) @Pattern(regexp = StockLocations.CODE_PATTERN,
                message = "must be lower-case letters, digits and '-', starting with a letter or digit") String code,
        @NotBlank @Size(max = 200) String name,
        @Valid LocationAddress address,
        @Min(-1_000_000) @Max(1_000_000) Integer priority,
        Boolean active) {
}
