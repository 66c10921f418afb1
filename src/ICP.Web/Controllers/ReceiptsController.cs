using ICP.Web.Features.Applications;
using Microsoft.AspNetCore.Mvc;

namespace ICP.Web.Controllers;

/// <summary>The public check of a submission receipt: a reference and its code, nothing else needed.</summary>
public sealed class ReceiptsController(ApplicantQueries queries) : Controller
{
    [HttpGet("/receipts/verify")]
    public async Task<IActionResult> Verify(string? reference, string? code, CancellationToken cancellationToken)
    {
        var cleanReference = reference?.Trim().ToUpperInvariant();
        var cleanCode = ReceiptCodes.Normalize(code);
        if (string.IsNullOrEmpty(cleanReference) && string.IsNullOrWhiteSpace(code))
        {
            return View(new ReceiptVerificationPage(null, null, null, Asked: false));
        }

        if (string.IsNullOrEmpty(cleanReference) || string.IsNullOrWhiteSpace(code))
        {
            // One of the two left empty: ask for it rather than say "no receipt matches".
            return View(new ReceiptVerificationPage(reference, code, null, Asked: true, Incomplete: true));
        }

        var found = cleanReference is { Length: <= 32 } && cleanCode is not null
            ? await queries.VerifyReceiptAsync(cleanReference, cleanCode, cancellationToken)
            : null;
        return View(new ReceiptVerificationPage(reference, code, found, Asked: true));
    }
}
