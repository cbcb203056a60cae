package nl.maatwerk.prioriteit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.StringEntry;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.maatwerk.prioriteit.score.Factoren;
import nl.maatwerk.toegang.ZrmTellingen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Proves that the prioritisation cannot read the attributes it must never use. The scoring
 * ({@code prioriteit.score}) may use nothing but the JDK's basic packages and itself, so it cannot
 * reach residents, households, birth dates or addresses; its input holds only the allowed factors;
 * the queries that gather those factors never touch the resident table or its attribute columns; and
 * the one package that reads protected attributes (the fairness report) is used by no scoring code.
 */
@Execution(ExecutionMode.CONCURRENT) // no Spring context: beside the context tests (app/pom.xml, surefire)
class PrioriteitArchitectuurTest {

    private static final JavaClasses KLASSEN = nl.maatwerk.Hoofdcode.klassen();

    /** Words for the excluded attributes, as column, field or type names. */
    private static final List<String> UITGESLOTEN = List.of("geboorte", "leeftijd", "geslacht", "gender", "nationaliteit", "etniciteit",
            "afkomst", "geloof", "religie", "postcode", "wijk", "taal", "straat", "huisnummer", "inwoner", "bsn", "klacht", "belpoging",
            "telefoon", "naam");

    @Test
    void theScoringUsesOnlyTheJdkBasicsAndItself() {
        classes().that().resideInAPackage("nl.maatwerk.prioriteit.score..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("nl.maatwerk.prioriteit.score..", "java.lang..", "java.util..",
                        "java.math..")
                .because("the need score may only see the allowed factors, never a resident, household or personal attribute")
                .check(KLASSEN);
    }

    @Test
    void noScoringOrQueueCodeDependsOnTheFairnessReportOrOnResidentTypes() {
        noClasses().that().resideInAPackage("nl.maatwerk.prioriteit..").and().resideOutsideOfPackages("nl.maatwerk.prioriteit.eerlijkheid..",
                        "nl.maatwerk.prioriteit.web..", "nl.maatwerk.prioriteit.rest..")
                .should().dependOnClassesThat().resideInAPackage("nl.maatwerk.prioriteit.eerlijkheid..")
                .because("the fairness report's findings are never fed back into the order").check(KLASSEN);
        noClasses().that().resideInAnyPackage("nl.maatwerk.prioriteit.score..").or().haveSimpleName("Factorbron")
                .or().haveSimpleName("Ordenaar").or().haveSimpleName("NaarNood").or().belongToAnyOf(ZrmTellingen.class)
                .should().dependOnClassesThat().haveSimpleNameStartingWith("Inwoner")
                .orShould().dependOnClassesThat().haveSimpleName("Huishouden")
                .orShould().dependOnClassesThat().haveSimpleName("PersoonBevraging")
                .because("the ordering must not be able to read residents' personal data").check(KLASSEN);
    }

    @Test
    void theCodeThatGathersTheFactorsUsesNothingOfTheResidentModule() {
        noClasses().that().haveSimpleName("Factorbron").or().haveSimpleName("Ordenaar").or().haveSimpleName("NaarNood")
                .or().belongToAnyOf(ZrmTellingen.class)
                .should().dependOnClassesThat().resideInAPackage("nl.maatwerk.inwoner..")
                .because("the ordering's inputs come from requests, ZRM counts, signals and flags, never from residents' records")
                .check(KLASSEN);
    }

    @Test
    void theFactorsHoldNoExcludedAttribute() {
        List<String> velden = Arrays.stream(Factoren.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(velden).containsExactly("acuteDomeinen", "zwakkeDomeinen", "schuldEuro", "maandenAchterstand", "acuutOnveilig",
                "dagenTotTermijn", "wachtdagen", "termijnDagen", "urgentie");
        for (String v : velden) {
            assertThat(UITGESLOTEN).noneMatch(u -> v.toLowerCase(Locale.ROOT).contains(u));
        }
    }

    @Test
    void theQueriesThatGatherTheFactorsNeverTouchResidentsOrTheirAttributes() {
        List<String> queries = new ArrayList<>(List.of(Factorbron.SIGNALEN, Factorbron.VEILIGHEID, Factorbron.MET_SIGNAAL));
        // The ZRM counts come from toegang (ZrmTellingen): every text in that class is checked, so a query added there is too.
        queries.addAll(tekstconstanten(ZrmTellingen.class));
        assertThat(queries).as("the ZRM query is among them").anyMatch(q -> q.contains("toegang.zrm_score") && q.contains("toegang.zrm_meting"));
        for (String sql : queries) {
            // The ZRM query groups assessments by member (m.inwoner_id) to take each member's latest; it
            // reads no column of the resident, so that one reference is allowed and nothing else.
            String tekst = sql.toLowerCase(Locale.ROOT).replace("m.inwoner_id", "m.lid");
            assertThat(UITGESLOTEN).as(sql).noneMatch(tekst::contains);
        }
    }

    /** The string constants in a class file: literals, text blocks and the fixed parts of concatenations. */
    private static List<String> tekstconstanten(Class<?> klasse) {
        try (InputStream in = klasse.getResourceAsStream(klasse.getSimpleName() + ".class")) {
            List<String> teksten = new ArrayList<>();
            for (PoolEntry e : ClassFile.of().parse(in.readAllBytes()).constantPool()) {
                if (e instanceof StringEntry t) {
                    teksten.add(t.stringValue());
                }
            }
            return teksten;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
