-- One database per service; no service reads another's.
CREATE DATABASE canvas;
CREATE DATABASE partnership;
CREATE DATABASE finance;
