using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Evaluation;

public sealed record AssignmentRow(int ApplicationId, string Reference, string Authority, string Country, EvaluationStatus? Status, decimal? WeightedTotal);
