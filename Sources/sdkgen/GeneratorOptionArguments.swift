import ArgumentParser
import SDKGenCore

/// `--access public|package|internal`, parsed and listed in `--help` by ArgumentParser.
extension GeneratorOptions.AccessLevel: ExpressibleByArgument {}

/// `--runtime embedded|module`, parsed and listed in `--help` by ArgumentParser.
extension GeneratorOptions.RuntimePlacement: ExpressibleByArgument {}
