package org.weconomics.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.weconomics.endtoend.GeneratedClients.etag;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.weconomics.client.ApiClient;
import org.weconomics.client.api.CanvasPicturesApi;
import org.weconomics.client.api.CanvasesApi;
import org.weconomics.client.api.CollaborationAgreementApi;
import org.weconomics.client.api.CommunitiesApi;
import org.weconomics.client.api.CostStructureApi;
import org.weconomics.client.api.DotVotingApi;
import org.weconomics.client.api.EarningsModelsApi;
import org.weconomics.client.api.ExchangeApi;
import org.weconomics.client.api.FacilitationApi;
import org.weconomics.client.api.HybridTensionsApi;
import org.weconomics.client.api.LocalGroupsApi;
import org.weconomics.client.api.MarginDistributionApi;
import org.weconomics.client.api.NotesApi;
import org.weconomics.client.api.OrganisationsApi;
import org.weconomics.client.api.PartnersApi;
import org.weconomics.client.api.PartnershipsApi;
import org.weconomics.client.api.PricingApi;
import org.weconomics.client.api.SnapshotsApi;
import org.weconomics.client.api.ValueChainApi;
import org.weconomics.client.model.*;

/**
 * What a partner front-end or a member's tooling does with the Java client generated from the committed contract,
 * and nothing else: every call below goes through {@code org.weconomics.client} to the gateway (only the tokens
 * come from Keycloak directly). bram runs a workshop on a canvas with carla (hidden notes revealed, a round of dot
 * voting, a snapshot, the SVG and PDF), sets up a partnership with its partners, value chain and tensions, prices
 * it in finance and downloads the agreement and the workbook.
 */
@ExtendWith(RunningPlatform.class)
class GeneratedClientJourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aWorkshopAndAPartnershipThroughTheGeneratedJavaClientOnly() throws Exception {
        ApiClient admin = GeneratedClients.as("admin");
        ApiClient bram = GeneratedClients.as("bram");
        ApiClient carla = GeneratedClients.as("carla");
        String localGroup = "gen-" + Long.toString(System.nanoTime(), 36);

        // An admin sets up a local group with bram and carla as members; their next tokens carry it.
        Community community = new CommunitiesApi(admin)
                .createCommunity(
                        new CommunityRequest()
                                .name("Generated client community " + localGroup)
                                .domain("Blended business")
                                .networkLeader("Weconomics")
                                .revenueModel(new RevenueModel()
                                        .payer(RevenuePayer.fromValue("both"))
                                        .basis(RevenueBasis.fromValue("per-period"))
                                        .amount(BigDecimal.TEN)),
                        null);
        LocalGroupsApi localGroups = new LocalGroupsApi(admin);
        localGroups.createLocalGroup(
                new CreateLocalGroupRequest()
                        .key(localGroup)
                        .name("Lokale groep " + localGroup)
                        .region("Limburg")
                        .communityId(community.getId())
                        .contact(new Contact().name("Bram").email("bram@example.org")),
                null);
        for (String member : List.of("bram", "carla")) {
            localGroups.addLocalGroupMember(
                    localGroup,
                    new AddMemberRequest()
                            .userId(PartnershipJourneyIT.subjectOf(RunningPlatform.token(member)))
                            .username(member),
                    null);
        }
        for (String member : List.of("bram", "carla")) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> PartnershipJourneyIT.groupsOf(RunningPlatform.token(member))
                            .contains("/local-groups/" + localGroup));
        }
        bram = GeneratedClients.as("bram");
        carla = GeneratedClients.as("carla");

        // bram opens a workshop canvas and facilitates it; carla takes part.
        Canvas canvas = new CanvasesApi(bram)
                .createCanvas(
                        new CreateCanvasRequest()
                                .localGroup(localGroup)
                                .templateKey("business-model-canvas")
                                .templateVersion(1)
                                .title("Werkplaats " + localGroup)
                                .topic("Een buurtrestaurant met leerwerkplekken"),
                        null);
        UUID canvasId = canvas.getId();
        NotesApi bramsNotes = new NotesApi(bram);
        NotesApi carlasNotes = new NotesApi(carla);
        carlasNotes.createNote(
                canvasId,
                new CreateNoteRequest().blockKey("value-proposition").text("Warme maaltijden met lokale groenten"),
                null);

        // With hidden mode on, bram's note stays his own until he reveals it.
        FacilitationApi facilitation = new FacilitationApi(bram);
        String facilitationVersion = etag(facilitation.getFacilitationWithHttpInfo(canvasId));
        Facilitation hidden = facilitation.switchHiddenMode(
                canvasId, facilitationVersion, new UpdateHiddenModeRequest().hiddenMode(true));
        assertThat(hidden.getHiddenMode()).isTrue();
        Note hiddenNote = bramsNotes.createNote(
                canvasId,
                new CreateNoteRequest().blockKey("value-proposition").text("Leerwerkplekken in de keuken"),
                null);
        assertThat(hiddenNote.getHidden()).isTrue();
        assertThat(texts(carlasNotes.listNotes(canvasId, null, null, null)))
                .contains("Warme maaltijden met lokale groenten")
                .doesNotContain("Leerwerkplekken in de keuken");
        assertThat(texts(bramsNotes.listNotes(canvasId, null, null, null))).contains("Leerwerkplekken in de keuken");
        RevealedNotes revealed = facilitation.revealHiddenNotes(
                canvasId, etag(facilitation.getFacilitationWithHttpInfo(canvasId)), new RevealNotesRequest());
        assertThat(revealed.getRevealed()).extracting(Note::getId).containsExactly(hiddenNote.getId());
        assertThat(texts(carlasNotes.listNotes(canvasId, null, null, null))).contains("Leerwerkplekken in de keuken");

        // A round of dot voting: both vote, bram closes it, the note with two votes ranks first.
        DotVotingApi bramsVotes = new DotVotingApi(bram);
        Facilitation opened = bramsVotes.openVotingRound(
                canvasId,
                etag(facilitation.getFacilitationWithHttpInfo(canvasId)),
                new CreateVotingRoundRequest().votesPerParticipant(2).maxVotesPerNote(1));
        UUID roundId = opened.getOpenRound().getId();
        bramsVotes.castVote(canvasId, roundId, new CreateVoteRequest().noteId(hiddenNote.getId()), null);
        Ballot carlasBallot = new DotVotingApi(carla)
                .castVote(canvasId, roundId, new CreateVoteRequest().noteId(hiddenNote.getId()), null);
        assertThat(carlasBallot.getRemaining()).isEqualTo(1);
        bramsVotes.closeVotingRound(canvasId, roundId, etag(facilitation.getFacilitationWithHttpInfo(canvasId)));
        VotingResults results = new DotVotingApi(carla).getVotingResults(canvasId, roundId);
        assertThat(results.getTotalVotes()).isEqualTo(2);
        assertThat(results.getNotes().get(0).getText()).isEqualTo("Leerwerkplekken in de keuken");
        assertThat(results.getNotes().get(0).getRank()).isEqualTo(1);
        assertThat(results.getNotes().get(0).getVotes()).isEqualTo(2);

        // A snapshot keeps the board as it was; the picture shows it as SVG and PDF.
        Snapshot snapshot = new SnapshotsApi(bram)
                .createSnapshot(canvasId, new CreateSnapshotRequest().name("Einde werkdag 1"), null);
        assertThat(new SnapshotsApi(carla)
                        .getSnapshot(canvasId, snapshot.getId())
                        .getNotes())
                .extracting(NoteContent::getText)
                .containsExactlyInAnyOrder("Warme maaltijden met lokale groenten", "Leerwerkplekken in de keuken");
        CanvasPicturesApi pictures = new CanvasPicturesApi(carla);
        File svg = pictures.downloadCanvasSvg(canvasId, "nl");
        assertThat(xmlText(Files.readAllBytes(svg.toPath())))
                .contains("Warme maaltijden met lokale groenten", "Waardepropositie");
        File pdf = pictures.downloadCanvasPdf(canvasId, true, "nl");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", ""))
                    .contains("Leerwerkplekkenindekeuken");
        }

        // bram sets up the partnership: two organisations join, the value chain names who does what.
        OrganisationsApi organisations = new OrganisationsApi(admin);
        Organisation social = organisations.createOrganisation(
                new OrganisationRequest()
                        .name("Kaliber " + localGroup)
                        .sector(Sector.fromValue("social-economy"))
                        .registrationNumber("GEN-1-" + localGroup),
                null);
        Organisation regular = organisations.createOrganisation(
                new OrganisationRequest()
                        .name("Knoopwerk " + localGroup)
                        .sector(Sector.fromValue("regular-economy"))
                        .registrationNumber("GEN-2-" + localGroup),
                null);
        Partnership partnership = new PartnershipsApi(bram)
                .createPartnership(
                        new CreatePartnershipRequest()
                                .localGroup(localGroup)
                                .name("Kaliber & Knoopwerk")
                                .description("Sociaal verantwoorde houtskeletbouw"),
                        null);
        UUID partnershipId = partnership.getId();
        PartnersApi partners = new PartnersApi(bram);
        UUID kaliber = partners.createPartner(
                        partnershipId,
                        new JoinPartnershipRequest()
                                .organisationId(social.getId())
                                .role("Productie in eigen atelier")
                                .founding(true),
                        null)
                .getId();
        UUID knoopwerk = partners.createPartner(
                        partnershipId,
                        new JoinPartnershipRequest()
                                .organisationId(regular.getId())
                                .role("Houtbouwsysteem en verkoop")
                                .founding(true),
                        null)
                .getId();
        assertThat(partners.listPartners(partnershipId, null, null, null).getItems())
                .hasSize(2);
        Activity activity = new ValueChainApi(bram)
                .createActivity(
                        partnershipId,
                        new ActivityRequest()
                                .name("Productie van bouwpakketten")
                                .responsiblePartnerIds(List.of(kaliber))
                                .subActions(List.of(
                                        new SubActionRequest()
                                                .name("Zagen en frezen")
                                                .responsiblePartnerId(kaliber),
                                        new SubActionRequest()
                                                .name("Verkoop en ontwerp")
                                                .responsiblePartnerId(knoopwerk))),
                        null);
        List<UUID> subActions =
                activity.getSubActions().stream().map(SubAction::getId).toList();

        // Two hybrid tensions; the one about the margin is talked through and resolved.
        HybridTensionsApi tensions = new HybridTensionsApi(bram);
        Tension margin = tensions.createTension(
                partnershipId,
                new TensionRequest()
                        .title("Verdeelsleutel van de marge")
                        .description("Kaliber wil de marge herinvesteren in werkplekken, Knoopwerk wil uitkeren")
                        .valueDomain(ValueDomain.fromValue("value-capture"))
                        .bmcBlock(BmcBlock.fromValue("revenue-streams"))
                        .category(TensionCategory.fromValue("strategic"))
                        .severity(Severity.fromValue("high"))
                        .ownerPartnerId(kaliber)
                        .agreementElement(3),
                UUID.randomUUID().toString());
        tensions.createTension(
                partnershipId,
                new TensionRequest()
                        .title("Productietempo en begeleiding")
                        .description("De leveringstermijnen van Knoopwerk botsen met het tempo van de begeleide"
                                + " werknemers")
                        .valueDomain(ValueDomain.fromValue("value-creation"))
                        .bmcBlock(BmcBlock.fromValue("key-activities"))
                        .category(TensionCategory.fromValue("organisational"))
                        .severity(Severity.fromValue("medium"))
                        .ownerPartnerId(knoopwerk),
                UUID.randomUUID().toString());
        for (String status : List.of("in-dialogue", "resolved")) {
            String tensionVersion = etag(tensions.getTensionWithHttpInfo(partnershipId, margin.getId()));
            Tension moved = tensions.changeTensionStatus(
                    partnershipId,
                    margin.getId(),
                    tensionVersion,
                    new TensionStatusRequest().status(TensionStatus.fromValue(status)));
            assertThat(moved.getStatus().getValue()).isEqualTo(status);
        }
        assertThat(tensions.listTensions(partnershipId, null, null, null, null, null, null, null)
                        .getItems())
                .extracting(Tension::getTitle)
                .containsExactlyInAnyOrder("Verdeelsleutel van de marge", "Productietempo en begeleiding");

        // The earnings model came over Kafka; bram fills in the costs of the value chain, a price and the split.
        EarningsModelsApi models = new EarningsModelsApi(bram);
        EarningsModel model = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(
                        () -> models.listEarningsModels(null, null, partnershipId, null)
                                .getItems(),
                        found -> found.size() == 1)
                .get(0);
        UUID modelId = model.getId();
        CostStructureApi costs = new CostStructureApi(bram);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> subActionIdsOf(costs.getCostStructure(modelId)).containsAll(subActions));
        costs.updateSubAction(
                modelId,
                subActions.get(0),
                modelVersion(models, modelId),
                new UpdateSubActionCostRequest()
                        .costPerUnit(new BigDecimal("120.00"))
                        .quantityPerCustomer(BigDecimal.ONE)
                        .carriedBy(kaliber));
        CostStructure costStructure = costs.updateSubAction(
                modelId,
                subActions.get(1),
                modelVersion(models, modelId),
                new UpdateSubActionCostRequest()
                        .costPerUnit(new BigDecimal("30.50"))
                        .quantityPerCustomer(new BigDecimal("2"))
                        .carriedBy(knoopwerk));
        assertThat(costStructure.getFigures().getTotalCost()).isEqualByComparingTo("181.00");
        Pricing pricing = new PricingApi(bram)
                .updatePricing(
                        modelId,
                        modelVersion(models, modelId),
                        new UpdatePricingRequest()
                                .fixedPrice(new FixedPrice().price(new BigDecimal("250.00")))
                                .chosenMethod(PricingMethod.fromValue("fixed-price")));
        assertThat(pricing.getComparison().getChosenMethod()).isEqualTo(PricingMethod.fromValue("fixed-price"));
        new MarginDistributionApi(bram)
                .updateDistribution(
                        modelId,
                        modelVersion(models, modelId),
                        new UpdateDistributionRequest().key(DistributionKey.fromValue("equal-split")));

        // The workbook opens in a spreadsheet with live formulas.
        File workbook = new ExchangeApi(bram).downloadWorkbook(modelId);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook.toPath()))) {
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
            assertThat(formulasIn(book)).isNotEmpty();
        }

        // The agreement shows the split chosen in finance (it crossed over Kafka); its Word draft has every element.
        CollaborationAgreementApi agreementApi = new CollaborationAgreementApi(bram);
        Map<String, String> dutch = Map.of("Accept-Language", "nl");
        CollaborationAgreement agreement = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> agreementApi.getAgreement(partnershipId, dutch), view -> JSON.valueToTree(
                                view.getElements().get(2).getFacts())
                        .toString()
                        .contains("gelijke verdeling"));
        List<String> headings = new ArrayList<>();
        agreement.getElements().forEach(element -> headings.add(element.getNumber() + ". " + element.getTitle()));
        assertThat(headings).hasSize(7);
        File docx = agreementApi.downloadAgreementDocx(partnershipId, dutch);
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx.toPath()))) {
            assertThat(document.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .toList())
                    .containsAll(headings);
        }
    }

    private static String modelVersion(EarningsModelsApi models, UUID modelId) throws Exception {
        return etag(models.getEarningsModelWithHttpInfo(modelId));
    }

    private static List<UUID> subActionIdsOf(CostStructure costStructure) {
        List<UUID> ids = new ArrayList<>();
        JSON.valueToTree(costStructure).findValues("subActionId").forEach(id -> ids.add(UUID.fromString(id.asText())));
        return ids;
    }

    private static List<String> texts(PageViewNoteView notes) {
        return notes.getItems().stream().map(Note::getText).toList();
    }

    /** All text of an XML document, parsed by the JDK with DOCTYPEs refused. */
    private static String xmlText(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml))
                .getDocumentElement()
                .getTextContent();
    }

    private static List<String> formulasIn(XSSFWorkbook book) {
        List<String> formulas = new ArrayList<>();
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas.add(cell.getCellFormula());
                    }
                }
            }
        }
        return formulas;
    }
}
