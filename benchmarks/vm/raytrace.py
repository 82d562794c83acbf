# raytrace: a small ray tracer (vector class with operator methods, polymorphic objects, floats).
import math


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect(self, normal):
        return self - normal.scale(2 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def point_at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, centre, radius, colour, reflect):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.reflect = reflect

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        discriminant = self.radius * self.radius - (cp.dot(cp) - v * v)
        if discriminant < 0:
            return None
        return v - math.sqrt(discriminant)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, colour, reflect):
        self.point = point
        self.normal = normal.normalized()
        self.colour = colour
        self.reflect = reflect

    def intersect(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []

    def nearest(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and 1e-6 < t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vector(0.1, 0.1, 0.15)
        p = ray.point_at(t)
        n = obj.normal_at(p)
        colour = Vector(0.0, 0.0, 0.0)
        for light in self.lights:
            to_light = (light - p).normalized()
            shadow, _ = self.nearest(Ray(p, to_light))
            if shadow is None:
                lambert = n.dot(to_light)
                if lambert > 0:
                    colour = colour + obj.colour.scale(lambert)
        if depth < 3 and obj.reflect > 0:
            r = Ray(p, ray.direction.reflect(n))
            colour = colour + self.trace(r, depth + 1).scale(obj.reflect)
        return colour


def render(scene, width, height):
    eye = Vector(0.0, 1.5, -6.0)
    total = 0
    for y in range(height):
        for x in range(width):
            fx = (x - width / 2) / width * 2
            fy = (height / 2 - y) / height * 2
            ray = Ray(eye, Vector(fx, fy + 1.0, 2.0) - Vector(0.0, 1.0, 0.0))
            c = scene.trace(ray, 0)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            total = (total * 31 + r * 65536 + g * 256 + b) % 1000000007
    return total


def main():
    scene = Scene()
    scene.objects.append(Sphere(Vector(0.0, 1.0, 0.0), 1.0, Vector(0.9, 0.2, 0.2), 0.3))
    scene.objects.append(Sphere(Vector(-2.2, 0.8, 1.0), 0.8, Vector(0.2, 0.9, 0.2), 0.2))
    scene.objects.append(Sphere(Vector(2.0, 0.6, 0.5), 0.6, Vector(0.2, 0.2, 0.9), 0.5))
    scene.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), Vector(0.6, 0.6, 0.6), 0.1))
    scene.lights.append(Vector(-5.0, 8.0, -6.0))
    scene.lights.append(Vector(6.0, 5.0, -3.0))
    print(render(scene, 180, 180))


main()
