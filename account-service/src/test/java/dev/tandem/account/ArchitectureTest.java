package dev.tandem.account;

import dev.tandem.testing.architecture.ArchitectureContract;

class ArchitectureTest extends ArchitectureContract {

    @Override
    protected String basePackage() {
        return "dev.tandem.account";
    }
}
