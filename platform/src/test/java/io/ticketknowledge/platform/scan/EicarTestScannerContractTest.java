package io.ticketknowledge.platform.scan;

/** The scan contract on the embedded adapter, which knows the EICAR test file and nothing else. */
class EicarTestScannerContractTest extends MalwareScannerContract {

  @Override
  MalwareScanner scanner(long maxBytes) {
    return new EicarTestScanner(maxBytes);
  }

  @Override
  ScanOutcome harmless() {
    return ScanOutcome.NOT_SCANNED;
  }

  @Override
  String eicarSignature() {
    return EicarTestScanner.SIGNATURE;
  }
}
