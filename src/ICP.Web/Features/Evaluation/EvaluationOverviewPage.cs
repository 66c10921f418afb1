using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Evaluation;

public sealed record EvaluationOverviewPage(
    IReadOnlyList<EvaluatorLoad> Evaluators, int Applications, int FullyAssigned, int Evaluated, bool CriteriaLocked, IReadOnlyList<CriterionView> Criteria, int PerApplication);
