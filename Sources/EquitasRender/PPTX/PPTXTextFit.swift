/// Estimates how far a placeholder's text must shrink to fit its box, and writes the
/// answer as `a:normAutofit fontScale`. PowerPoint only re-measures autofit text when
/// someone edits it, so a deck that opens with overflowing bullets would stay that way
/// until touched; giving the scale up front makes the first view right. LibreOffice
/// measures for itself and treats the value as a starting point.
///
/// The measure is deliberately rough and errs towards shrinking: an average Arial
/// glyph is at most half an em wide (a full em for Chinese, Japanese and Korean), a line
/// is 1.2 em tall, and a paragraph wraps at the box width.
struct PPTXTextFit {
    /// Text area after insets (and bullet indent), in points.
    var width: Double
    var height: Double
    /// Font size at 100%, in points.
    var fontSize: Double
    /// Line height as a fraction of the font size's usual 1.2 em.
    var lineSpacing: Double = 1
    /// Space above each paragraph, in points; not reduced by the font scale.
    var spaceBefore: Double = 0

    /// The smallest scale offered; below it text is unreadable, and the paginator
    /// keeps slides well short of needing it.
    static let minimumScale = 50_000
    static let step = 2_500

    static let body = PPTXTextFit(box: PPTXGeometry.body, indent: PPTXGeometry.bulletIndent, fontSize: 24, spaceBefore: 10)
    static let title = PPTXTextFit(box: PPTXGeometry.title, fontSize: 36, lineSpacing: 0.9)
    static let centreTitle = PPTXTextFit(box: PPTXGeometry.centreTitle, fontSize: 44, lineSpacing: 0.9)
    static let subtitle = PPTXTextFit(box: PPTXGeometry.subtitle, fontSize: 20, spaceBefore: 4)

    init(width: Double, height: Double, fontSize: Double, lineSpacing: Double = 1, spaceBefore: Double = 0) {
        self.width = width
        self.height = height
        self.fontSize = fontSize
        self.lineSpacing = lineSpacing
        self.spaceBefore = spaceBefore
    }

    init(box: PPTXGeometry.Box, indent: Int = 0, fontSize: Double, lineSpacing: Double = 1, spaceBefore: Double = 0) {
        let points = { (emu: Int) in Double(emu) / 12_700 }
        self.init(width: points(box.width - 2 * PPTXGeometry.insetX - indent),
                  height: points(box.height - 2 * PPTXGeometry.insetY),
                  fontSize: fontSize, lineSpacing: lineSpacing, spaceBefore: spaceBefore)
    }

    /// The scale in thousandths of a per cent (92500 is 92.5%), in PowerPoint's steps
    /// of 2.5%; nil when the text fits at full size.
    func fontScale(for paragraphs: [String]) -> Int? {
        var scale = 100_000
        while scale > Self.minimumScale, estimatedHeight(paragraphs, scale: Double(scale) / 100_000) > height {
            scale -= Self.step
        }
        return scale == 100_000 ? nil : scale
    }

    /// `a:bodyPr` for a slide's placeholder, inheriting everything but the autofit.
    func bodyProperties(for paragraphs: [String]) -> String {
        guard let scale = fontScale(for: paragraphs) else { return "<a:bodyPr><a:normAutofit/></a:bodyPr>" }
        return #"<a:bodyPr><a:normAutofit fontScale="\#(scale)"/></a:bodyPr>"#
    }

    func estimatedHeight(_ paragraphs: [String], scale: Double) -> Double {
        let size = fontSize * scale
        let lineHeight = size * 1.2 * lineSpacing
        let lines = paragraphs.reduce(0) { total, paragraph in
            total + PPTXText.lines(paragraph).reduce(0) { count, piece in
                count + max(1, Int((Self.ems(piece) * size / width).rounded(.up)))
            }
        }
        return Double(lines) * lineHeight + Double(paragraphs.count) * spaceBefore
    }

    /// Width of the text in ems; Arial averages nearer 0.45 em, which leaves slack
    /// for the space lost at word wraps.
    static func ems<S: StringProtocol>(_ text: S) -> Double {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 1.0 : 0.5) }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: return true
        default: return false
        }
    }
}
