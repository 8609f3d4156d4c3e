// An ASP.NET Core hello-world on the same runtime and machine as the shop: what a request costs with
// nothing of the shop in it. Usage: HelloBench --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => "Hello, world");
app.Run();
