extension AppConfiguration {
    /// Hashes at this installation's cost; the CLI and sign-in both take it from here.
    public var passwordHasher: PasswordHasher { PasswordHasher(cost: bcryptCost) }
}
