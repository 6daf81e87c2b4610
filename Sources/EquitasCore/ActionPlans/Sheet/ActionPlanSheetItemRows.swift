/// The rows of one item as the reader gathers them: the item as its first row gives
/// it, what the later rows must repeat, and the actions found so far.
struct ActionPlanSheetItemRows {
    let number: Int
    let firstRow: Int
    /// nil when a cell of the first row was bad (the failure is already recorded).
    let item: PlanItem?
    /// The item columns of the first row in comparable form: later rows must match.
    let repeated: [ActionPlanSheet.Column: String]
    var lastRow: Int
    var rowCount = 1
    var actions: [PlanContent.Action] = []
    /// Rows with no action: fine for an item's only row, a mistake beside other rows.
    var rowsWithoutAction: [ActionPlanSheetReader.Row] = []

    init(number: Int, firstRow: Int, item: PlanItem?, repeated: [ActionPlanSheet.Column: String]) {
        self.number = number
        self.firstRow = firstRow
        self.item = item
        self.repeated = repeated
        self.lastRow = firstRow
    }
}
