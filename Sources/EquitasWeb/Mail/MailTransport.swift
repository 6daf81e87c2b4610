import Foundation

/// How reminders leave the machine: the local mail transfer agent's `sendmail`
/// interface (Postfix, msmtp, Exim all provide one), or an SMTP relay. Chosen once
/// from settings (`MailSettings`).
public enum MailTransport: Sendable {
    case sendmail(path: String)
    case smtp(SMTPClient)

    public func send(_ messages: [MailMessage]) async throws {
        switch self {
        case .sendmail(let path):
            for message in messages { try Sendmail.send(message, path: path) }
        case .smtp(let client):
            try await client.send(messages)
        }
    }
}

/// Runs `sendmail -i -- ADDRESS` with the message on standard input: `-i` so a line
/// holding only "." does not end it, the recipient on the command line (not `-t`) so
/// no header can add one.
enum Sendmail {
    static func send(_ message: MailMessage, path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-i", "-f", message.from.address, "--", message.to.address]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw SMTPError("could not run \(path): \(error.localizedDescription)")
        }
        // Unix line ends: sendmail speaks the local text convention and adds CRLF itself.
        input.fileHandleForWriting.write(Data(message.rendered.replacingOccurrences(of: "\r\n", with: "\n").utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw SMTPError("\(path) failed for \(message.to.address) (exit \(process.terminationStatus)): \(said.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}

/// The mail settings, read once from the environment:
/// - `EQUITAS_SMTP_HOST` (and `EQUITAS_SMTP_PORT`, default 25; `EQUITAS_SMTP_USERNAME`
///   and `EQUITAS_SMTP_PASSWORD` for a relay on this machine) sends by SMTP;
/// - otherwise `EQUITAS_SENDMAIL` (default /usr/sbin/sendmail) if it can be run;
/// - `EQUITAS_MAIL_FROM` is the sender (default equitas@ the host name).
public struct MailSettings: Sendable {
    public var transport: MailTransport?
    public var from: MailAddress
    /// Why there is no transport, for the refusal.
    public var missing: String?

    public init(environment: [String: String], hostName: String = ProcessInfo.processInfo.hostName) throws {
        // A host name without a dot (a container's) is no mail domain: `.localdomain` makes it one.
        let domain = hostName.contains(".") ? hostName : hostName + ".localdomain"
        from = MailAddress(environment["EQUITAS_MAIL_FROM"] ?? "equitas@\(domain)", name: "Equitas")
        guard from.isValid else { throw SMTPError("EQUITAS_MAIL_FROM: \"\(from.address)\" is not an email address") }
        if let host = environment["EQUITAS_SMTP_HOST"], !host.isEmpty {
            let portText = environment["EQUITAS_SMTP_PORT"] ?? "25"
            guard let port = Int(portText), (1...65535).contains(port) else { throw SMTPError("EQUITAS_SMTP_PORT: \"\(portText)\" is not a port") }
            transport = .smtp(SMTPClient(
                host: host, port: port, username: environment["EQUITAS_SMTP_USERNAME"], password: environment["EQUITAS_SMTP_PASSWORD"]))
            return
        }
        let path = environment["EQUITAS_SENDMAIL"] ?? "/usr/sbin/sendmail"
        if FileManager.default.isExecutableFile(atPath: path) {
            transport = .sendmail(path: path)
        } else {
            missing = "no way to send mail: \(path) cannot be run; install a mail transfer agent (msmtp-mta or postfix), set EQUITAS_SENDMAIL to its sendmail, or set EQUITAS_SMTP_HOST"
        }
    }
}
