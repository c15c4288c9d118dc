package nl.netwerkregie.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** The H2 data folder is the application's own: nobody else on the machine reads the database file (issue 17). */
class OwnerOnlyDataFolderTest {

    @TempDir
    Path temp;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }

    private void startWith(Path folder, String url) {
        OwnerOnlyDataFolder preparation = new OwnerOnlyDataFolder();
        preparation.setEnvironment(new MockEnvironment().withProperty("netwerkregie.data-dir", folder.toString())
                .withProperty("spring.datasource.url", url));
        preparation.postProcessBeanFactory(new DefaultListableBeanFactory());
    }

    @Test
    void aNewFolderIsCreatedForTheOwnerOnly() throws Exception {
        Path folder = temp.resolve("data");
        startWith(folder, "jdbc:h2:file:" + folder + "/netwerkregie;AUTO_SERVER=FALSE");
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void anExistingFolderReadableByOthersIsTightened() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxr-x"));
        startWith(folder, "jdbc:h2:file:" + folder + "/netwerkregie");
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void anotherDatabaseNeedsNoFolder() {
        Path folder = temp.resolve("data");
        startWith(folder, "jdbc:postgresql://db:5432/netwerkregie");
        assertThat(folder).doesNotExist();
    }
}
