package nl.netwerkregie.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The H2 file database holds every person's name and address and every password hash; H2 creates its folder and
 * files with the process's umask, commonly readable by every account on the machine (issue 17). Before any bean
 * (the data source among them) exists, the data folder ({@code netwerkregie.data-dir}) is created readable for the
 * application's own account only ({@code rwx------}), and an existing one is tightened; the files H2 then creates
 * inside cannot be reached by others whatever their own bits. Only when the data source is an H2 file under that
 * folder: PostgreSQL and the tests' in-memory H2 need no folder. On a file system without POSIX permissions
 * (Windows) the folder is only created.
 */
@Component
class OwnerOnlyDataFolder implements BeanFactoryPostProcessor, EnvironmentAware {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String folder = environment.getProperty("netwerkregie.data-dir");
        String url = environment.getProperty("spring.datasource.url", "");
        if (folder != null && url.startsWith("jdbc:h2:file:" + folder)) {
            prepare(Path.of(folder));
        }
    }

    static void prepare(Path folder) {
        try {
            Files.createDirectories(folder);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data folder " + folder.toAbsolutePath(), e);
        }
    }
}
