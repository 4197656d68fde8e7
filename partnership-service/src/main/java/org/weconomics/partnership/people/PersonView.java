package org.weconomics.partnership.people;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person of the directory: a member of one or more local groups the caller shares. */
@Schema(name = "Person")
public record PersonView(
        @Schema(
                        description = "The Keycloak id: the value of author, facilitator, createdBy, updatedBy and "
                                + "representatives elsewhere in the API.",
                        example = "2f1d9a8e-6b7c-4d5e-8f90-a1b2c3d4e5f6")
                String id,
        @Schema(example = "anna") String username,
        @Schema(
                        description = "First and last name as Keycloak had them when the member was added.",
                        example = "Anna Peeters")
                String displayName,
        @Schema(description = "The local groups of this person that the caller may see.", example = "[\"gent\"]")
                List<String> localGroups) {}
