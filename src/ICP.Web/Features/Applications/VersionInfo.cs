using ICP.Domain.Programme;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Authorities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ICP.Web.Features.Applications;

public sealed record VersionInfo(int Number, DateTimeOffset SubmittedAt, string SubmittedBy, string ContentSha256, string ReceiptCode);
