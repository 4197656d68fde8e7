package org.weconomics.finance.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An external supplier that carries costs of the value chain without sharing the margin. */
@Schema(name = "AddExternalSupplierRequest")
public record AddExternalSupplierRequest(@Schema(example = "Hout BV") @NotBlank @Size(max = 200) String name) {}
