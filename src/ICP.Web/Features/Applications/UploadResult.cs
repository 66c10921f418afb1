using ICP.Domain.Common;

namespace ICP.Web.Features.Applications;

/// <summary>
/// What became of an upload; <see cref="RetryAfter"/> is set when too many came too fast, and
/// <see cref="Refusal"/> is the rule that refused it, when a rule did (its message is in DomainMessages).
/// </summary>
public sealed record UploadResult(DocumentProblem Problem, TimeSpan? RetryAfter = null, DomainException? Refusal = null);
