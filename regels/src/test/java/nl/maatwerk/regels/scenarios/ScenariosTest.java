package nl.maatwerk.regels.scenarios;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Runs the law scenarios written in Dutch Gherkin (src/test/resources/nl/maatwerk/regels/scenarios). */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("nl.maatwerk.regels.scenarios")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "nl.maatwerk.regels.scenarios")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
class ScenariosTest {
}
