import FuzzSupport
import FuzzPlanImportSupport
import Foundation

exit(FuzzDriver.run({ data, size in PlanImportTarget.run(data, size, asXLSX: false) }))
