import EquitasSheets

/// `word/charts/chartN.xml`: the chart's own XML, elements in the schema's order.
extension WordChart {
    var partXML: String {
        let categoryAxis = 500_001, valueAxis = 500_002
        var xml = OOXMLPart.declaration
            + #"<c:chartSpace xmlns:c="\#(Self.chartNamespace)" xmlns:a="\#(Self.drawingNamespace)" xmlns:r="\#(WordNamespaces.relationships)">"#
            + #"<c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>"#
            + #"<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>"#
        for (index, series) in series.enumerated() { xml += seriesXML(series, index: index) }
        xml += #"<c:gapWidth val="60"/><c:axId val="\#(categoryAxis)"/><c:axId val="\#(valueAxis)"/></c:barChart>"#
            // Categories read top to bottom in the order given, as the table beside them does.
            + #"<c:catAx><c:axId val="\#(categoryAxis)"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>"#
            + #"<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>"#
            + #"<c:tickLblPos val="nextTo"/><c:crossAx val="\#(valueAxis)"/><c:crosses val="autoZero"/><c:auto val="1"/>"#
            // Every category labelled: an office suite may otherwise skip some when crowded.
            + #"<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>"#
            + #"<c:valAx><c:axId val="\#(valueAxis)"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/>"#
            + #"<c:axPos val="b"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>"#
            + #"<c:numFmt formatCode="\#(numberFormat)" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>"#
            + #"<c:tickLblPos val="nextTo"/><c:crossAx val="\#(categoryAxis)"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>"#
            + "</c:plotArea>"
        if series.count > 1 { xml += #"<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>"# }
        xml += #"<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>"#
            + #"<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:solidFill><a:srgbClr val="0B0C0C"/></a:solidFill>"#
            + #"<a:latin typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>"#
            + #"<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>"#
            + "</c:chartSpace>"
        return xml
    }

    /// The chart part's one relationship: its embedded workbook.
    func relationshipsXML(workbookNumber: Int) -> String {
        var relationships = OOXMLRelationships()
        relationships.add(type: Self.packageRelationshipType, target: "../embeddings/Microsoft_Excel_Worksheet\(workbookNumber).xlsx")
        return relationships.xml
    }

    private func seriesXML(_ series: Series, index: Int) -> String {
        // Column B onwards: a chart has a handful of series, never 25.
        let column = String(UnicodeScalar(UInt8(66 + min(index, 24))))
        let last = categories.count + 1
        var xml = #"<c:ser><c:idx val="\#(index)"/><c:order val="\#(index)"/>"#
            + "<c:tx><c:strRef><c:f>Sheet1!$\(column)$1</c:f>" + Self.stringCache([series.name]) + "</c:strRef></c:tx>"
            + Self.fill(series.colour) + #"<c:invertIfNegative val="0"/>"#
        for (point, colour) in (series.pointColours ?? []).enumerated() {
            xml += #"<c:dPt><c:idx val="\#(point)"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>"# + Self.fill(colour) + "</c:dPt>"
        }
        xml += #"<c:dLbls><c:numFmt formatCode="\#(numberFormat)" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"#
            + #"<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>"#
            + "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(last)</c:f>" + Self.stringCache(categories) + "</c:strRef></c:cat>"
            + "<c:val><c:numRef><c:f>Sheet1!$\(column)$2:$\(column)$\(last)</c:f><c:numCache><c:formatCode>General</c:formatCode>"
            + #"<c:ptCount val="\#(categories.count)"/>"#
        for (point, value) in series.values.enumerated() {
            guard let value else { continue }
            xml += #"<c:pt idx="\#(point)"><c:v>\#(value)</c:v></c:pt>"#
        }
        return xml + "</c:numCache></c:numRef></c:val></c:ser>"
    }

    private static func stringCache(_ values: [String]) -> String {
        #"<c:strCache><c:ptCount val="\#(values.count)"/>"#
            + values.enumerated().map { #"<c:pt idx="\#($0)"><c:v>\#(XMLText.escape($1))</c:v></c:pt>"# }.joined()
            + "</c:strCache>"
    }

    private static func fill(_ colour: String) -> String {
        #"<c:spPr><a:solidFill><a:srgbClr val="\#(colour)"/></a:solidFill></c:spPr>"#
    }
}
