export { BrowserRouter, Routes, Route, Link, useParams, useLocation, useNavigate, useHref, Outlet } from 'react-router';
