/** The checklist printed to a PDF by the shell; the browser host has no printer and prints from the page. */
import type { PrintResult } from '@shared/ipc/wizard'
import type { CoreContext } from '@core/context'

export async function printChecklist(ctx: CoreContext, suggestedName: string): Promise<PrintResult> {
  if (!ctx.pdfPrinter) return { saved: false, path: null, useBrowserPrint: true }
  const name = suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`
  const result = await ctx.pdfPrinter.printToPdf(name)
  return { ...result, useBrowserPrint: false }
}
