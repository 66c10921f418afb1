using ICP.Web.Features.Applications;

namespace ICP.Web.Controllers;

public sealed record ReceiptVerificationPage(string? Reference, string? Code, ReceiptCheck? Result, bool Asked, bool Incomplete = false);
