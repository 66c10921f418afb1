using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace ICP.Web.Mvc;

/// <summary>
/// Every action that answers GET answers HEAD the same way (Kestrel sends the headers, not the body).
/// Monitors and link checkers ask with HEAD; an attribute route with <c>[HttpGet]</c> alone answers
/// it 404 or 405.
/// </summary>
public sealed class HeadLikeGetConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        foreach (var selector in action.Selectors)
        {
            if (selector.ActionConstraints.OfType<HttpMethodActionConstraint>().FirstOrDefault(AnswersGetOnly) is { } constraint)
            {
                selector.ActionConstraints.Remove(constraint);
                selector.ActionConstraints.Add(new HttpMethodActionConstraint([.. constraint.HttpMethods, HttpMethods.Head]));
            }

            for (var i = 0; i < selector.EndpointMetadata.Count; i++)
            {
                if (selector.EndpointMetadata[i] is HttpMethodMetadata metadata && AnswersGetOnly(metadata.HttpMethods))
                {
                    selector.EndpointMetadata[i] = new HttpMethodMetadata([.. metadata.HttpMethods, HttpMethods.Head], metadata.AcceptCorsPreflight);
                }
            }
        }
    }

    private static bool AnswersGetOnly(HttpMethodActionConstraint constraint) => AnswersGetOnly(constraint.HttpMethods);

    private static bool AnswersGetOnly(IEnumerable<string> methods) =>
        methods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase) && !methods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase);
}
