package io.ticketknowledge.knowledge.glossary.boundary;

import io.ticketknowledge.knowledge.glossary.entity.GlossaryKind;
import io.ticketknowledge.platform.validation.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A glossary entry as a client sends it (POST, PUT): the whole entry. */
public record GlossaryEntryInput(
    @NotNull GlossaryKind kind,
    @NotNull @Size(min = 2, max = 20)
        List<@NotBlank @Size(max = 60) @Pattern(regexp = "[^|\\r\\n]*") @CleanText String> terms,
    @Size(max = 500) @CleanText String note) {}
