import EquitasSheets

/// The frame every HTML chart shares: a `<figure>` holding an inline SVG that is one
/// image to assistive technology (`role="img"`), named by its `<title>` (the caption) and
/// described by its `<desc>` (the text alternative), then the caption as `<figcaption>`.
/// Each chart draws only what goes inside.
enum HTMLChartFigure {
    static func wrap(
        drawing: String, width: Int, height: Int, caption: String, description: String, id: String, titleID: String, descID: String
    ) -> String {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="\#(XMLText.escapeAttribute(titleID)) \#(XMLText.escapeAttribute(descID))""#
            + #" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)" focusable="false">"# + "\n"
            + #"<title id="\#(XMLText.escapeAttribute(titleID))">\#(XMLText.escape(caption))</title>"# + "\n"
            + #"<desc id="\#(XMLText.escapeAttribute(descID))">\#(XMLText.escape(description))</desc>"# + "\n"
            + #"<g font-size="\#(HTMLBarChart.fontSize)" fill="\#(HTMLBarChart.Colour.text)">"# + "\n"
            + drawing + "</g>\n</svg>\n"
        return "<figure class=\"chart\" id=\"\(XMLText.escapeAttribute(id))\">\n" + svg
            + "<figcaption>\(XMLText.escape(caption))</figcaption>\n</figure>\n"
    }
}
