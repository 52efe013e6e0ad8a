package cn.gov.opendata.report.assembly;

import cn.gov.opendata.report.model.ReportProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Wires the assembler in as the {@link ReportProvider} that documents and snapshots are rendered from. Produced with
 * the interface as its type, so that a test can still replace it with a hand-written provider.
 */
@ApplicationScoped
public class ReportProviderProducer {

    @Produces
    @ApplicationScoped
    ReportProvider assembled(ReportAssembler assembler) {
        return assembler::assemble;
    }
}
