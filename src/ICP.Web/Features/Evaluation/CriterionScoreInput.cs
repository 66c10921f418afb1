using FluentValidation;
using ICP.Domain.Applications;
using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Configuration;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Calls;
using ICP.Web.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Evaluation;

public sealed class CriterionScoreInput
{
    public int CriterionId { get; set; }

    public int? Score { get; set; }

    public string Comment { get; set; } = string.Empty;
}
