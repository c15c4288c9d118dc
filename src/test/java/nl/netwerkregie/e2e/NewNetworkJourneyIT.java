package nl.netwerkregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.netwerkregie.Mails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A network joins the installation, all in the browser (issue 13, acceptance 3): the operator adds it from the
 * Utrecht template and invites its coordinator, who sets a password through the mailed link, logs in and finds an
 * empty registry under Utrecht's rules (a stuurgroep, not a dagelijks bestuur); Twente's coordinator sees Twente as
 * before.
 */
class NewNetworkJourneyIT extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("http://[^\\s]+/account/activeren/[0-9a-f]{48}");

    @Test
    void theOperatorAddsANetworkAndItsCoordinatorStartsEmpty() throws Exception {
        String suffix = String.valueOf(System.nanoTime() % 100000);
        String networkId = "eemland-" + suffix;
        String networkName = "Netwerk Palliatieve Zorg Eemland " + suffix;
        String address = "coordinator" + suffix + "@eemland.example";

        logInAs("beheerder");
        driver.get(url("/netwerken"));
        click(waitFor("network-add"));
        click(waitFor("network-template"));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .anyMatch(i -> i.getText().startsWith("Utrecht")));
        driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.getText().startsWith("Utrecht")).findFirst().orElseThrow().click();
        driver.findElement(By.cssSelector("#network-id input")).sendKeys(networkId);
        driver.findElement(By.cssSelector("#network-name input")).sendKeys(networkName);
        driver.findElement(By.cssSelector("#coordinator-first-name input")).sendKeys("Esther");
        driver.findElement(By.cssSelector("#coordinator-last-name input")).sendKeys("van Eem " + suffix);
        driver.findElement(By.cssSelector("#coordinator-email input")).sendKeys(address);
        wait.until(d -> d.findElement(By.cssSelector("#network-rules textarea")).getAttribute("value")
                .contains("id: " + networkId));
        look("network-1-add");
        click(driver.findElement(By.id("network-save")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("networks-grid"), networkName));
        look("network-2-added");

        // The coordinator's invitation, opened logged out.
        wait.until(d -> Mails.lastTo(greenMail, address) != null);
        assertThat(Mails.body(Mails.lastTo(greenMail, address))).contains(networkName);
        Matcher link = Mails.find(Mails.lastTo(greenMail, address), LINK);
        driver.manage().deleteAllCookies();
        driver.get(url(link.group().substring(link.group().indexOf("/account/"))));
        String password = "coordinator-van-eemland-" + suffix;
        waitFor("account-password").findElement(By.tagName("input")).sendKeys(password);
        driver.findElement(By.cssSelector("#account-password-repeat input")).sendKeys(password);
        click(driver.findElement(By.id("account-save")));
        waitFor("account-done");

        logInAs(address, password, "coordinator" + suffix);
        assertThat(driver.findElement(By.className("network-name")).getText()).isEqualTo(networkName);
        driver.get(url("/organisaties"));
        WebElement registry = waitFor("organisation-grid");
        assertThat(registry.getText()).doesNotContain("Medisch Spectrum Twente").doesNotContain("Careyn");
        driver.get(url("/bestuur"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Stuurgroep"));
        look("network-3-new-coordinator");

        // Twente's coordinator: Twente's name, Twente's registry, nothing of the new network.
        logInAs("coordinator1");
        assertThat(driver.findElement(By.className("network-name")).getText())
                .isEqualTo("Netwerken Palliatieve Zorg Twente");
        driver.get(url("/organisaties"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organisation-grid"),
                "Medisch Spectrum Twente"));
        driver.get(url("/mensen"));
        WebElement people = waitFor("people-grid");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-grid"), "Jansen"));
        assertThat(people.getText()).doesNotContain("van Eem " + suffix);
        look("network-4-twente-unchanged");
    }
}
