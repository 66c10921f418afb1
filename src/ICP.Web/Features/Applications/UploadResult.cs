using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Calls;
using ICP.Web.Features.Email;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Applications;

/// <summary>
/// What became of an upload; <see cref="RetryAfter"/> is set when too many came too fast, and
/// <see cref="Refusal"/> is the rule that refused it, when a rule did (its message is in DomainMessages).
/// </summary>
public sealed record UploadResult(DocumentProblem Problem, TimeSpan? RetryAfter = null, DomainException? Refusal = null);
