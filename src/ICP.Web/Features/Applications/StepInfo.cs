using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

public sealed record StepInfo(ApplicationStep Step, string Slug, Type FormType, string Title)
{
    public int Number => (int)Step;
}
