using ICP.Domain.Programme;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Authorities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ICP.Web.Features.Applications;

public sealed record VersionPage(ApplicationSummary Application, VersionInfo Version, SubmissionContent Content, string TimeZoneId, bool IsEvaluatedVersion);
