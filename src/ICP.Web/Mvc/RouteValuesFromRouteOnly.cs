using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;

namespace ICP.Web.Mvc;

/// <summary>
/// An action parameter named like a value of the action's route (<c>id</c> in
/// <c>applications/{id}</c>) is bound from the route only. MVC's default looks at form fields
/// first, so a posted field named <c>id</c> or <c>slug</c> would replace what the URL says, and the
/// request would act on another object than the one its address names.
/// </summary>
public sealed class RouteValuesFromRouteOnly : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        foreach (var controller in application.Controllers)
        {
            foreach (var action in controller.Actions)
            {
                var routeValues = RouteValueNames(controller, action);
                foreach (var parameter in action.Parameters.Where(p => routeValues.Contains(p.ParameterName)))
                {
                    // An explicit [FromForm] or [FromQuery] would be a decision: none exists today, and
                    // one on a route value's name would be refused here rather than silently kept.
                    if (parameter.BindingInfo?.BindingSource is { } source && source != BindingSource.Path)
                    {
                        throw new InvalidOperationException(
                            $"{controller.ControllerName}.{action.ActionName}: '{parameter.ParameterName}' names a route value but is bound from {source.DisplayName}.");
                    }

                    parameter.BindingInfo ??= new BindingInfo();
                    parameter.BindingInfo.BindingSource = BindingSource.Path;
                }
            }
        }
    }

    private static HashSet<string> RouteValueNames(ControllerModel controller, ActionModel action)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var controllerRoutes = controller.Selectors.Select(s => s.AttributeRouteModel).DefaultIfEmpty(null);
        foreach (var actionRoute in action.Selectors.Select(s => s.AttributeRouteModel))
        {
            foreach (var controllerRoute in controllerRoutes)
            {
                if (AttributeRouteModel.CombineAttributeRouteModel(controllerRoute, actionRoute)?.Template is { } template)
                {
                    names.UnionWith(RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name));
                }
            }
        }

        return names;
    }
}
