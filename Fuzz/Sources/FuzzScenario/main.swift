import FuzzSupport
import Foundation

exit(FuzzDriver.run(ScenarioTarget.callback))
