using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FluentValidation;
using ICP.Domain.Applications;
using ICP.Domain.Authorities;
using ICP.Infrastructure.Persistence;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Applications;

public sealed class CaseStepForm : StepForm
{
    public string MainChallenge { get; set; } = string.Empty;

    public string GoodPractices { get; set; } = string.Empty;

    public string InternationalExperience { get; set; } = string.Empty;

    public string Stakeholders { get; set; } = string.Empty;

    public string ExpectedResults { get; set; } = string.Empty;
}
