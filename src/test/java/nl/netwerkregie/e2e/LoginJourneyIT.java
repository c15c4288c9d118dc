package nl.netwerkregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Every demo role logs in and sees its own task list; screenshots land in target/screenshots. */
class LoginJourneyIT extends BrowserTest {

    @Autowired
    RuntimeService runtimeService;

    @BeforeEach
    void oneTaskForEveryRole() {
        if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("e2e-login").count() == 0) {
            runtimeService.startProcessInstanceByKey("TaskListTestProcess", "e2e-login");
        }
    }

    @Test
    void theLoginPageRenders() throws Exception {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        look("login");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Netwerken Palliatieve Zorg Twente");
        assertThat(Files.size(SCREENSHOTS.resolve("login-1366.png"))).isPositive();
    }

    /**
     * Vaadin's login page and a logged-in page work under our Content-Security-Policy (issue 17): Chromium reports
     * no violation on either. A script put in every new document before the page's own (Chromium's DevTools
     * protocol, which the policy does not govern) keeps each violation in the tab's session storage, across the
     * login's navigations.
     */
    @Test
    void theLoginAndTheTaskListRunUnderTheContentSecurityPolicy() throws Exception {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                document.addEventListener('securitypolicyviolation', e => sessionStorage.setItem('csp-violations',
                    (sessionStorage.getItem('csp-violations') || '') + e.violatedDirective + ' ' + e.blockedURI + '\\n'));"""));
        logInAs("coordinator1");
        waitFor("task-grid");
        Object policy = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(location.href).then(r => done(r.headers.get('content-security-policy')));");
        assertThat(policy).asString().contains("default-src 'self'");
        assertThat(driver.executeScript("return sessionStorage.getItem('csp-violations') || ''")).asString().isEmpty();
        // The check can fail: an image from another site is refused, and the refusal is seen.
        driver.executeScript("const i = document.createElement('img'); i.src = 'https://example.org/p.png'; document.body.append(i);");
        wait.until(d -> String.valueOf(driver.executeScript("return sessionStorage.getItem('csp-violations')")).contains("img-src"));
    }

    @Test
    void eachRoleSeesItsOwnTaskList() throws Exception {
        List<String[]> journeys = List.of(
                new String[] {"coordinator1", "Testtaak coördinator"},
                new String[] {"bestuur1", "Testtaak bestuur"},
                new String[] {"secretaris", "Testtaak secretaris"},
                new String[] {"voorzitter1", "Testtaak voorzitter"},
                new String[] {"contact1", "Testtaak contactpersoon"},
                new String[] {"beheerder", "Testtaak beheerder"});
        for (String[] journey : journeys) {
            String user = journey[0];
            logInAs(user);
            waitFor("task-grid");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-grid"), journey[1]));
            String tasks = driver.findElements(By.cssSelector("#task-grid vaadin-grid-cell-content")).stream()
                    .map(WebElement::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(tasks).as(user).contains(journey[1]);
            for (String[] other : journeys) {
                if (!other[1].equals(journey[1])) {
                    assertThat(tasks).as(user + " must not see " + other[1]).doesNotContain(other[1]);
                }
            }
            glance("tasks-" + user);
        }
    }

    @Test
    void theOperatorLogsInOnceForTheUiAndTheCamundaWebapps() throws Exception {
        logInAs("beheerder");
        driver.get(url("/camunda/app/cockpit/default/"));
        // Cockpit is a large single-page app; its first load in a cold browser can take a while on a busy machine.
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(d -> d.getPageSource().contains("Beheerder Netwerkregie"));
        screenshot("operator-cockpit");
        // Camunda's session now knows the operator: no second login page.
        driver.get(url("/camunda/api/admin/auth/user/default"));
        assertThat(driver.getPageSource()).contains("\"userId\":\"beheerder\"");
        driver.get(url("/"));
        wait.until(ExpectedConditions.attributeToBe(By.id("current-user"), "title", "beheerder"));
    }

    @Test
    void aBoardMemberDoesNotGetIntoCockpit() throws Exception {
        logInAs("bestuur1");
        driver.get(url("/camunda/app/cockpit/default/"));
        // The session's view of Camunda's login, asked over HTTP with the browser's session: in the browser a JSON
        // address after a refused page sometimes never finished loading (Chromium, a loaded machine).
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        java.net.http.HttpResponse<String> auth = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/camunda/api/admin/auth/user/default")))
                        .header("Cookie", "JSESSIONID=" + session).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(auth.statusCode()).isIn(302, 401, 403);
        assertThat(auth.body()).doesNotContain("\"userId\":\"bestuur1\"");
    }
}
