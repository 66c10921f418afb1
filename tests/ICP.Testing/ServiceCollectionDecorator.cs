using Microsoft.Extensions.DependencyInjection;

namespace ICP.Testing;

internal static class ServiceCollectionDecorator
{
    /// <summary>Replaces every registration of <typeparamref name="TService"/> with a decorator around it.</summary>
    public static void Decorate<TService>(this IServiceCollection services, Func<TService, IServiceProvider, TService> decorate)
        where TService : class
    {
        for (var i = 0; i < services.Count; i++)
        {
            var descriptor = services[i];
            if (descriptor.ServiceType != typeof(TService) || descriptor.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Describe(
                typeof(TService),
                provider => decorate((TService)Resolve(descriptor, provider), provider),
                descriptor.Lifetime);
        }
    }

    private static object Resolve(ServiceDescriptor descriptor, IServiceProvider provider) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
