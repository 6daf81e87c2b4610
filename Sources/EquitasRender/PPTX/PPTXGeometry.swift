/// Where things sit on a 16:9 slide, in EMU (914,400 to the inch, 12,700 to the
/// point). The master and layouts place their placeholders here; slides inherit the
/// positions, and `PPTXTextFit` sizes text against the same boxes.
enum PPTXGeometry {
    struct Box: Equatable {
        var x: Int
        var y: Int
        var width: Int
        var height: Int

        var xfrm: String {
            #"<a:xfrm><a:off x="\#(x)" y="\#(y)"/><a:ext cx="\#(width)" cy="\#(height)"/></a:xfrm>"#
        }
    }

    static let slideWidth = 12_192_000
    static let slideHeight = 6_858_000
    /// Portrait A4-ish notes page, as PowerPoint uses.
    static let notesWidth = 6_858_000
    static let notesHeight = 9_144_000

    /// Default text insets: 0.1 inch either side, 0.05 inch top and bottom.
    static let insetX = 91_440
    static let insetY = 45_720

    // Title and content: a heading on a thin accent rule (as wide as the text inside
    // the insets), bullets below it.
    static let title = Box(x: 685_800, y: 365_760, width: 10_820_400, height: 1_143_000)
    static let titleRule = Box(x: 777_240, y: 1_554_480, width: 10_637_520, height: 45_720)
    static let body = Box(x: 685_800, y: 1_737_360, width: 10_820_400, height: 4_663_440)

    // Title slide: a large heading, a short accent bar (lined up with the text, inside
    // the inset), then the subtitle lines.
    static let centreTitle = Box(x: 914_400, y: 1_371_600, width: 10_363_200, height: 2_103_120)
    static let titleBar = Box(x: 1_005_840, y: 3_611_880, width: 1_828_800, height: 73_152)
    static let subtitle = Box(x: 914_400, y: 3_840_480, width: 10_363_200, height: 2_011_680)

    // Notes page: the slide picture above, the notes text below.
    static let notesImage = Box(x: 685_800, y: 1_143_000, width: 5_486_400, height: 3_086_100)
    static let notesBody = Box(x: 685_800, y: 4_400_550, width: 5_486_400, height: 3_600_450)

    /// The slide number, bottom right, inside the body's right edge.
    static let slideNumber = Box(x: 10_363_200, y: 6_400_800, width: 1_143_000, height: 365_760)

    /// Bullet indent on the body placeholder's first level.
    static let bulletIndent = 342_900
}
