package io.ticketknowledge.platform.scan;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Opens the scanner {@code tk.scan.adapter} names ({@code clamav}, {@code eicar-test} or {@code
 * none}) on first use and hands it out with the {@link UploadScreening} the modules' upload paths
 * use. Says loudly at start when uploads are not really scanned.
 */
@ApplicationScoped
public class ScanAdapters {

  private static final Logger LOG = Logger.getLogger(ScanAdapters.class.getName());

  private ScanSettings settings;
  private MalwareScanner scanner;

  /** For CDI: the settings are read from MicroProfile Config on first use. */
  public ScanAdapters() {}

  public ScanAdapters(ScanSettings settings) {
    this.settings = settings;
  }

  /** At start: a misconfigured adapter fails the start, and "not scanned" is said at once. */
  void announce(@Observes @Initialized(ApplicationScoped.class) Object started) {
    opened();
  }

  @Produces
  public MalwareScanner scanner() {
    return opened();
  }

  @Produces
  public UploadScreening screening() {
    MalwareScanner opened = opened();
    return new UploadScreening(opened, settings.whenUnavailable());
  }

  private synchronized MalwareScanner opened() {
    if (scanner == null) {
      if (settings == null) {
        settings = ScanSettings.from(ConfigProvider.getConfig());
      }
      scanner = open(settings);
      if (scanner instanceof ClamAvScanner) {
        LOG.info(
            () ->
                "Upload scanning: clamd at "
                    + settings.clamav().host()
                    + ":"
                    + settings.clamav().port()
                    + ", when it is down: "
                    + settings.whenUnavailable());
      } else {
        LOG.warning(
            () ->
                "Upload scanning: adapter "
                    + scanner.name()
                    + " does NOT scan for malware"
                    + (scanner instanceof EicarTestScanner
                        ? " (it knows the EICAR test file only)"
                        : "")
                    + "; uploads are stored marked not-scanned. Set tk.scan.adapter=clamav.");
      }
    }
    return scanner;
  }

  static MalwareScanner open(ScanSettings settings) {
    return switch (settings.adapter()) {
      case ScanSettings.CLAMAV -> new ClamAvScanner(settings.clamav(), settings.maxBytes());
      case ScanSettings.EICAR_TEST -> new EicarTestScanner(settings.maxBytes());
      case ScanSettings.NONE -> new NoScanner(settings.maxBytes());
      default ->
          throw new IllegalStateException(
              "tk.scan.adapter must be clamav, eicar-test or none, was '"
                  + settings.adapter()
                  + "'");
    };
  }

  @PreDestroy
  public synchronized void close() {
    if (scanner != null) {
      scanner.close();
      scanner = null;
    }
  }
}
