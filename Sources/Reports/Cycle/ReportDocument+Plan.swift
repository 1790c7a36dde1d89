public import PlanData

extension ReportDocument {
    /// The document with names, units and attributes taken from `plan` for every
    /// indicator it knows (saved results of a run on another plan carry only ids).
    public func relabelled(with plan: Dataset) -> ReportDocument {
        let relabelled = indicators.map { i -> Indicator in
            guard let p = plan.indicator(i.id) else { return i }
            var out = Indicator(
                id: i.id, nameZH: p.nameZH, nameEN: p.nameEN, unitZH: p.unitZH, unitEN: p.unitEN,
                attribute: p.attribute.rawValue, years: i.years, history: i.history)
            out.evidence = i.evidence
            return out
        }
        var document = self  // keeps everything else the run saved (tracking, assumptions, …)
        document.indicators = relabelled
        if let info = plan.plan, info.name != "haibin_14th" {
            document.planTitleZH = info.titleZH
            document.planTitleEN = info.titleEN
        }
        return document
    }
}
