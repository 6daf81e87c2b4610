import EquitasCore

/// The bundled frameworks' module names and levels (the Core tests cannot load the
/// YAML library), enough for the recogniser, which matches by names.
enum ImportFrameworks {
    static let levels = [
        FrameworkLevel(id: "developing", name: "Developing", description: "A start."),
        FrameworkLevel(id: "achieving", name: "Achieving", description: "The normal way of working."),
        FrameworkLevel(id: "excellent", name: "Excellent", description: "Leading the way."),
    ]

    static func framework(_ id: String, version: String, noun: String, modules: [(String, String)]) -> Framework {
        Framework(
            id: id, version: version, name: "Equality Framework for Local Government", publisher: "LGA", summary: "",
            moduleNoun: noun, levels: levels,
            modules: modules.enumerated().map { index, module in
                FrameworkModule(id: module.0, code: "\(index + 1)", name: module.1, summary: "", criteria: [])
            })
    }

    static let eflg2011 = framework("eflg-2011", version: "2011", noun: "area", modules: [
        ("knowing-communities", "Knowing your communities and equality mapping"),
        ("leadership", "Place shaping, leadership, partnership and organisational commitment"),
        ("engagement", "Community engagement and satisfaction"),
        ("services", "Responsive services and customer care"),
        ("workforce", "A modern and diverse workforce"),
    ])

    static let eflg2014 = framework("eflg-2014", version: "2014", noun: "area", modules: [
        ("knowing-communities", "Knowing your communities"),
        ("leadership", "Leadership, partnership and organisational commitment"),
        ("engagement", "Involving your communities"),
        ("services", "Responsive services and customer care"),
        ("workforce", "A skilled and committed workforce"),
    ])

    static let eflg2021 = framework("eflg-2021", version: "2021", noun: "module", modules: [
        ("communities", "Understanding and working with your communities"),
        ("leadership", "Leadership, partnership and organisational commitment"),
        ("services", "Responsive services and customer care"),
        ("workforce", "Diverse and engaged workforce"),
    ])

    static let nhs = Framework(
        id: "nhs-eds-2022", version: "2022", name: "NHS Equality Delivery System", publisher: "NHS England", summary: "",
        moduleNoun: "domain",
        levels: [FrameworkLevel(id: "undeveloped", name: "Undeveloped", description: ""), FrameworkLevel(id: "developing", name: "Developing", description: "")],
        modules: [
            FrameworkModule(id: "services", code: "1", name: "Commissioned or provided services", summary: "", criteria: []),
            FrameworkModule(id: "workforce-wellbeing", code: "2", name: "Workforce health and well-being", summary: "", criteria: []),
            FrameworkModule(id: "inclusive-leadership", code: "3", name: "Inclusive leadership", summary: "", criteria: []),
        ])

    /// The Equality Standard (2008–09): five levels, four areas, as the bundled file has them.
    static let standard = Framework(
        id: "equality-standard", version: "2006", name: "Equality Standard for Local Government", publisher: "IDeA", summary: "",
        moduleNoun: "area",
        levels: (1...5).map { FrameworkLevel(id: "level-\($0)", name: "Level \($0)", description: "") },
        modules: [
            FrameworkModule(id: "leadership", code: "1", name: "Leadership and corporate commitment", summary: "", criteria: []),
            FrameworkModule(id: "engagement", code: "2", name: "Community engagement and accountability", summary: "", criteria: []),
            FrameworkModule(id: "services", code: "3", name: "Service delivery and customer care", summary: "", criteria: []),
            FrameworkModule(id: "employment", code: "4", name: "Employment and training", summary: "", criteria: []),
        ])

    static let catalog = FrameworkCatalog([eflg2011, eflg2014, eflg2021, nhs, standard])
}
