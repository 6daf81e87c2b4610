import EquitasCore
import Foundation

/// The search box and its filters. Each filter's first choice is "any", so a filter
/// left alone narrows nothing; the choices come from the frameworks installed, so a
/// new framework's modules and levels appear without a change here.
enum LibrarySearchForm {
    static func node(_ input: LibraryPageInput, catalog: FrameworkCatalog) -> Node {
        let typed = input.typed
        let any = [(value: "", words: "Any")]
        return .form(
            action: LibraryPageController.path, method: .get, [Attribute("role", "search"), .class("library-search")],
            FormControls.text(
                "q", label: "Search the library", value: typed["q"],
                hint: "For example: sexual orientation monitoring, or \"staff network\" in quotes for the words together.",
                error: input.errors["q"], type: "search"),
            .fieldset(
                [.class("library-filters")],
                .legend([], "Narrow the results (optional)"),
                moduleSelect(catalog, selected: typed["module"], framework: typed["framework"], error: input.errors["module"]),
                FormControls.select(
                    "kind", label: "Kind", options: any + kindOptions, selected: typed["kind"] ?? "", error: input.errors["kind"]),
                FormControls.select(
                    "level", label: "Level sought", options: any + levelOptions(catalog), selected: typed["level"] ?? "",
                    error: input.errors["level"]),
                FormControls.text(
                    "year", label: "Year of the challenge", value: typed["year"], hint: "For example, 2019.", error: input.errors["year"],
                    width: "short"),
                FormControls.select(
                    "organisation_type", label: "Type of council",
                    options: any + OrganisationType.allCases.map { ($0.rawValue, $0.directoryLabel) }, selected: typed["organisation_type"] ?? "",
                    error: input.errors["organisation_type"]),
                FormControls.select(
                    "framework", label: "Framework", options: any + catalog.latest.map { ($0.id, frameworkWords($0)) },
                    selected: typed["framework"] ?? "", error: input.errors["framework"])),
            FormControls.submit("Search"))
    }

    static var kindOptions: [(value: String, words: String)] {
        LibraryEntryKind.allCases.map { ($0.rawValue, LibraryResultList.kindWords($0)) }
    }

    /// "Equality Framework for Local Government (2021)": two versions of one framework share a name.
    static func frameworkWords(_ framework: Framework) -> String {
        "\(framework.name) (\(framework.version))"
    }

    /// Each level once, in the order the frameworks rank them.
    static func levelOptions(_ catalog: FrameworkCatalog) -> [(value: String, words: String)] {
        var seen = Set<String>()
        return catalog.latest.flatMap(\.levels).filter { seen.insert($0.id).inserted }.map { ($0.id, $0.name) }
    }

    /// Modules grouped by framework. A module id that two frameworks share (both
    /// versions of the local government framework have `workforce`) is one filter, so
    /// it is shown selected once: under the chosen framework, else where it first appears.
    private static func moduleSelect(_ catalog: FrameworkCatalog, selected: String?, framework: String?, error: String?) -> Node {
        let id = FormControls.fieldId("module")
        let frameworks = catalog.latest
        let selectedIn = selected.flatMap { module in
            frameworks.first { $0.id == framework && $0.module(module) != nil } ?? frameworks.first { $0.module(module) != nil }
        }?.id
        let groups = frameworks.map { framework in
            Node.element(
                "optgroup", [Attribute("label", frameworkWords(framework))],
                framework.modules.map { module in
                    .option(
                        value: module.id, selected: module.id == selected && framework.id == selectedIn,
                        .text(module.code.isEmpty ? module.name : "\(module.code). \(module.name)"))
                })
        }
        return .div(
            [.class(error == nil ? "form-group" : "form-group form-group-error")],
            .label(for: id, "Module or area"),
            error.map { .span([.id(id + "-error"), .class("error-message")], .span([.class("visually-hidden")], "Error: "), .text($0)) } ?? .empty,
            .select(
                [.id(id), Attribute("name", "module"), error == nil ? nil : .aria("describedby", id + "-error"), error == nil ? nil : .aria("invalid", "true")],
                .option(value: "", selected: selected == nil, "Any"),
                .fragment(groups)))
    }
}
