using ICP.Web.Features.Applications;
using Microsoft.AspNetCore.Mvc;

namespace ICP.Web.Controllers;

public sealed record ReceiptVerificationPage(string? Reference, string? Code, ReceiptCheck? Result, bool Asked, bool Incomplete = false);
