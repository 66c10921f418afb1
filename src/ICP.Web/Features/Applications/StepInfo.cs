using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FluentValidation;
using ICP.Domain.Applications;
using ICP.Infrastructure.Persistence;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Applications;

public sealed record StepInfo(ApplicationStep Step, string Slug, Type FormType, string Title)
{
    public int Number => (int)Step;
}
