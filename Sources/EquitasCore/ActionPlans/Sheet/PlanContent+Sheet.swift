extension PlanContent {
    /// This content as far as a spreadsheet can carry it: no recommendation ids (the
    /// import keeps the stored ones) and latest updates without the status moves they
    /// recorded (a row shows an update's text, date and author; the status is the
    /// action's own). Reading back an exported sheet gives exactly this.
    public var asInSheet: PlanContent {
        PlanContent(items: items.map { item in
            var plain = item.item
            plain.recommendationId = nil
            return Item(item: plain, actions: item.actions.map { action in
                Action(action: action.action, latestUpdate: action.latestUpdate.map {
                    ProgressUpdate(date: $0.date, author: $0.author, text: $0.text)
                })
            })
        })
    }
}
