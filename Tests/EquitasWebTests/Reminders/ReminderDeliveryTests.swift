import EquitasCore
import EquitasPersistence
import EquitasTestSupport
import Foundation
import Testing
import Vapor

@testable import EquitasWeb

@Suite("Reminders that reach people")
struct ReminderDeliveryTests {
    static let asOf = CalendarDate("2026-03-15")!

    /// The demo with an account for each of its plan's lead officers, one of whom has
    /// turned digests off, and the plan's monitoring contact set.
    struct World {
        var plan: ActionPlanRecord
        /// Lead officer person id → address.
        var addresses: [UUID: String]
        var quiet: UUID
    }

    static func world(_ app: Application) async throws -> World {
        let demo = try await DemoLoader.load(on: app.db, catalog: shippedCatalog)
        let plans = ActionPlanStore(db: app.db, catalog: shippedCatalog)
        var plan = try await plans.record(demo.actionPlanId)
        var value = plan.plan.value
        value.monitoringContact = "board@wyvernvale.example.gov.uk"
        plan.plan = try await plans.update(plan.plan.id, value)
        let leads = Array(Set(plan.actions.compactMap { $0.action.action.value.leadId })).sorted { $0.uuidString < $1.uuidString }
        var addresses: [UUID: String] = [:]
        let accounts = AccountStore(db: app.db)
        for (index, lead) in leads.enumerated() {
            let person = try await PersonStore(db: app.db).get(lead).value
            let address = "lead\(index + 1)@wyvernvale.example.gov.uk"
            let account = try await accounts.create(
                Account(email: address, name: person.name, role: .councilOfficer, organisationId: value.organisationId, personId: lead),
                passwordHash: "not used")
            addresses[lead] = address
            if index == 0 { try await accounts.setRemindersOff(account.id, true) }
        }
        return World(plan: plan, addresses: addresses, quiet: leads[0])
    }

    /// What a digest must list for a lead: their unfinished actions due within 30 days or overdue.
    static func expected(_ world: World, lead: UUID) -> [String] {
        world.plan.actions.map(\.action.action.value).filter { $0.leadId == lead && $0.isDue(on: asOf, within: 30) }.map(\.description)
    }

    @Test("reminders send delivers to a real SMTP server on loopback: one digest per lead officer, with their actions and no one else's")
    func endToEnd() async throws {
        try await withTestApp { app in
            let world = try await Self.world(app)
            let receiver = try await SMTPReceiver.start()
            let mail = try MailSettings(environment: [
                "EQUITAS_SMTP_HOST": "127.0.0.1", "EQUITAS_SMTP_PORT": String(receiver.port), "EQUITAS_MAIL_FROM": "equitas@council.test",
            ])
            let messages = try await ReminderRun.messages(db: app.db, catalog: shippedCatalog, asOf: Self.asOf, settings: ReminderSettings())
            let lines = try await ReminderRun.deliver(messages, mail: mail, dryRun: false, now: Date(timeIntervalSince1970: 1_773_144_000))
            let received = await receiver.messages
            await receiver.stop()

            #expect(lines.count == messages.count && received.count == messages.count, "every message arrived")
            #expect(received.allSatisfy { $0.from == "equitas@council.test" && $0.recipients.count == 1 })
            #expect(received.allSatisfy { $0.data.contains("Date: Tue, 10 Mar 2026 12:00:00 +0000") }, "dated by the clock passed in, not the machine's")
            let digests = received.filter { $0.data.contains("Subject: Equitas: your actions") }
            let withWork = world.addresses.keys.filter { $0 != world.quiet && !Self.expected(world, lead: $0).isEmpty }
            #expect(!withWork.isEmpty, "the demo has lead officers with actions due")
            #expect(digests.map { $0.recipients[0] }.sorted() == withWork.map { world.addresses[$0]! }.sorted(), "one per person")
            let everyAction = world.plan.actions.map(\.action.action.value.description)
            for lead in withWork {
                let digest = try #require(digests.first { $0.recipients == [world.addresses[lead]!] })
                let body = QuotedPrintableText.decode(digest.data)
                let wanted = Self.expected(world, lead: lead)
                for description in wanted { #expect(body.contains(description), "\(description) in \(world.addresses[lead]!)'s digest") }
                for description in everyAction where !wanted.contains(description) {
                    #expect(!body.contains(description), "\(description) is not in \(world.addresses[lead]!)'s digest")
                }
                #expect(digest.data.contains("To: "), "a To header")
            }
            #expect(!received.contains { $0.recipients == [world.addresses[world.quiet]!] && $0.data.contains("your actions") }, "digests off")
            let overdueLong = world.plan.actions.map(\.action.action.value).filter { action in
                !action.status.isFinished && (action.timescale?.dueDate).map { $0 < Self.asOf.adding(days: -30)! } == true
            }
            #expect(received.contains { $0.recipients == ["board@wyvernvale.example.gov.uk"] } == !overdueLong.isEmpty)
        }
    }

    @Test("a dry run lists the same lines and sends nothing")
    func dryRun() async throws {
        try await withTestApp { app in
            _ = try await Self.world(app)
            let receiver = try await SMTPReceiver.start()
            let mail = try MailSettings(environment: ["EQUITAS_SMTP_HOST": "127.0.0.1", "EQUITAS_SMTP_PORT": String(receiver.port)], hostName: "host.test")
            let messages = try await ReminderRun.messages(db: app.db, catalog: shippedCatalog, asOf: Self.asOf, settings: ReminderSettings())
            let lines = try await ReminderRun.deliver(messages, mail: mail, dryRun: true, now: Date(timeIntervalSince1970: 1_773_144_000))
            #expect(lines == messages.map(\.line) && !lines.isEmpty)
            #expect(await receiver.messages.isEmpty)
            await receiver.stop()
        }
    }

    @Test("the sendmail interface gets the recipient on its command line and the message on its input")
    func sendmail() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("equitas-sendmail-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("sendmail")
        try "#!/bin/sh\necho \"$@\" > \"\(folder.path)/args\"\ncat > \"\(folder.path)/message\"\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let mail = try MailSettings(environment: ["EQUITAS_SENDMAIL": script.path, "EQUITAS_MAIL_FROM": "equitas@council.test"])
        let message = ReminderMessage(kind: .digest, to: "alex@council.test", toName: "Alex", subject: "Equitas: your actions, 1 overdue", body: "Dear Alex,\n.\nEnd")
        _ = try await ReminderRun.deliver([message], mail: mail, dryRun: false, now: Date(timeIntervalSince1970: 1_773_144_000))
        #expect(try String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8) == "-i -f equitas@council.test -- alex@council.test\n")
        let sent = try String(contentsOf: folder.appendingPathComponent("message"), encoding: .utf8)
        #expect(sent.contains("Subject: Equitas: your actions, 1 overdue\n") && sent.contains("\n.\nEnd"))

        let missing = try MailSettings(environment: ["EQUITAS_SENDMAIL": folder.appendingPathComponent("none").path])
        #expect(missing.transport == nil && missing.missing?.contains("EQUITAS_SMTP_HOST") == true)
        await #expect(throws: SMTPError.self) { try await ReminderRun.deliver([message], mail: missing, dryRun: false, now: Date(timeIntervalSince1970: 1_773_144_000)) }
    }
}

/// Undoes quoted-printable for checking what a message says.
enum QuotedPrintableText {
    static func decode(_ text: String) -> String {
        let joined = text.replacingOccurrences(of: "=\n", with: "").replacingOccurrences(of: "=\r\n", with: "")
        var bytes: [UInt8] = []
        var iterator = Array(joined.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "="), let high = iterator.next(), let low = iterator.next(),
               let value = UInt8(String(bytes: [high, low], encoding: .ascii) ?? "", radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
